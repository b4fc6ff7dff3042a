//! mistake: pushing `&str`s borrowed through each node's temporary `borrow()` guard of an `Rc<RefCell<Node>>`
//! offending: n.borrow()
//! category: ownership
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    name: String,
}

fn main() {
    let nodes = vec![Rc::new(RefCell::new(Node { name: "a".into() })), Rc::new(RefCell::new(Node { name: "b".into() }))];
    let mut names: Vec<&str> = Vec::new();
    for n in &nodes {
        names.push(n.borrow().name.as_str());
    }
    println!("{}", names.join(","));
}
