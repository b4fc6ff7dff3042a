//! mistake: a comprehension used as a statement for the side effect of logging each event (its list is never used)
//! offending: comp![self.log(e) for e in events]
//! category: lint
use comprehensions::comp;

struct Logger {
    prefix: String,
}

impl Logger {
    fn log(&self, e: &str) -> usize {
        println!("{}{}", self.prefix, e);
        e.len()
    }

    fn flush(&self, events: &[&str]) {
        comp![self.log(e) for e in events];
    }
}

fn main() {
    let l = Logger { prefix: "> ".into() };
    l.flush(&["start", "stop"]);
}
