//! mistake: calling a `&mut self` method through `n.borrow()` (not `borrow_mut()`) on `Rc<RefCell<Node>>` graph nodes
//! offending: n.borrow()
//! category: ownership
use comprehensions::comp;
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    label: String,
    visits: u32,
}

impl Node {
    fn visit(&mut self) -> u32 {
        self.visits += 1;
        self.visits
    }
}

struct Graph {
    nodes: Vec<Rc<RefCell<Node>>>,
}

impl Graph {
    fn visit_all(&self) -> Vec<u32> {
        comp![n.borrow().visit() for n in &self.nodes]
    }
}

fn main() {
    let g = Graph { nodes: vec![Rc::new(RefCell::new(Node { label: "a".into(), visits: 0 }))] };
    println!("{:?} {}", g.visit_all(), g.nodes[0].borrow().label);
}
