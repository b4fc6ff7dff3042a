//! mistake: uses an enum deriving `PartialEq, Eq` but not `Hash` as a dict key
//! offending: lvl:
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    Info,
    Warn,
    Error,
}

struct Entry {
    level: Level,
}

fn main() {
    let log = vec![Entry { level: Level::Info }, Entry { level: Level::Error }, Entry { level: Level::Info }];
    let counts: HashMap<Level, usize> = comp!({lvl: log.iter().filter(|e| e.level == lvl).count() for lvl in [Level::Info, Level::Warn, Level::Error]});
    println!("{:?}", counts);
}
