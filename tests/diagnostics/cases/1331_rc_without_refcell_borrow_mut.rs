//! mistake: Python's shared mutable nodes ported as `Rc<Node>` without `RefCell`, then `.borrow_mut()` called in the element
//! offending: borrow_mut
//! category: type
use comprehensions::comp;
use std::rc::Rc;

struct Node {
    id: u32,
    marked: bool,
}

impl Node {
    fn mark(&mut self) -> u32 {
        self.marked = true;
        self.id
    }
}

fn main() {
    let nodes: Vec<Rc<Node>> = vec![Rc::new(Node { id: 1, marked: false }), Rc::new(Node { id: 2, marked: false })];
    let ids = comp![n.borrow_mut().mark() for n in &nodes];
    println!("{ids:?} {}", nodes[0].marked);
}
