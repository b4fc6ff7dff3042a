//! mistake: a `map(..).collect()` used as a statement for the side effect of logging each event (its list is never used)
//! offending: events.iter().map(|e| self.log(e)).collect::<Vec<_>>()
//! category: lint
struct Logger {
    prefix: String,
}

impl Logger {
    fn log(&self, e: &str) -> usize {
        println!("{}{}", self.prefix, e);
        e.len()
    }

    fn flush(&self, events: &[&str]) {
        events.iter().map(|e| self.log(e)).collect::<Vec<_>>();
    }
}

fn main() {
    let l = Logger { prefix: "> ".into() };
    l.flush(&["start", "stop"]);
}
