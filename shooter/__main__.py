from shooter.cli import main

raise SystemExit(main())
