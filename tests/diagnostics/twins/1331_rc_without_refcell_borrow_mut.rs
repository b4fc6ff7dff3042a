//! mistake: Python's shared mutable nodes ported as `Rc<Node>` without `RefCell`, then `.borrow_mut()` called in the loop
//! offending: borrow_mut
//! category: type
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
    let mut ids = Vec::new();
    for n in &nodes {
        ids.push(n.borrow_mut().mark());
    }
    println!("{ids:?} {}", nodes[0].marked);
}
