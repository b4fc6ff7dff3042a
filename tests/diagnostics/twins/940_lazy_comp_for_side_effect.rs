//! mistake: printed each line through a `map` statement, which is never consumed
//! offending: self.lines.iter().map(|line| println!("{line}"))
//! category: lint
struct Logger {
    lines: Vec<String>,
}

impl Logger {
    fn dump(&self) {
        self.lines.iter().map(|line| println!("{line}"));
    }
}

fn main() {
    let l = Logger { lines: vec!["start".into(), "stop".into()] };
    l.dump();
}
