//! mistake: printed each line through a lazy `comp!((..))` statement, which is never consumed
//! offending: comp!((println!("{line}") for line in &self.lines))
//! category: lint
use comprehensions::comp;

struct Logger {
    lines: Vec<String>,
}

impl Logger {
    fn dump(&self) {
        comp!((println!("{line}") for line in &self.lines));
    }
}

fn main() {
    let l = Logger { lines: vec!["start".into(), "stop".into()] };
    l.dump();
}
