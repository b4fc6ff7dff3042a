//! mistake: collecting `&str`s borrowed through each node's temporary `borrow()` guard of an `Rc<RefCell<Node>>`
//! offending: n.borrow()
//! category: ownership
use comprehensions::comp;
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    name: String,
}

fn main() {
    let nodes = vec![Rc::new(RefCell::new(Node { name: "a".into() })), Rc::new(RefCell::new(Node { name: "b".into() }))];
    let names: Vec<&str> = comp![n.borrow().name.as_str() for n in &nodes];
    println!("{}", names.join(","));
}
