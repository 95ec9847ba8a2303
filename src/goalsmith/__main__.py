from goalsmith.cli import main

main()
