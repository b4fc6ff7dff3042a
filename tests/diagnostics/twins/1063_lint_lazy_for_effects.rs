//! mistake: an iterator chain run for its side effect is never consumed
//! offending: keys.iter().map(|k| log.borrow_mut().push(*k))
//! category: lint
use std::cell::RefCell;

fn main() {
    let log = RefCell::new(Vec::new());
    let keys = vec!["a", "b"];
    keys.iter().map(|k| log.borrow_mut().push(*k));
    println!("{}", log.borrow().len());
}
