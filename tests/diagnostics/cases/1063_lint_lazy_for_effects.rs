//! mistake: a list display run for its side effect is refactored into a lazy form, which then never runs
//! offending: comp!((log.borrow_mut().push(*k) for k in &keys))
//! category: lint
use comprehensions::comp;
use std::cell::RefCell;

fn main() {
    let log = RefCell::new(Vec::new());
    let keys = vec!["a", "b"];
    comp!((log.borrow_mut().push(*k) for k in &keys));
    println!("{}", log.borrow().len());
}
