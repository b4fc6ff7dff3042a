//! mistake: uses an enum deriving `PartialEq, Eq` but not `Hash` as a dict key
//! offending: insert
//! category: type
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
    let mut counts: HashMap<Level, usize> = HashMap::new();
    for lvl in [Level::Info, Level::Warn, Level::Error] {
        counts.insert(lvl, log.iter().filter(|e| e.level == lvl).count());
    }
    println!("{:?}", counts);
}
