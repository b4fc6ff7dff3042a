//! mistake: a loop over `Rc<RefCell<Node>>` children moves each `String` name out of the `Ref` guard
//! offending: child.borrow().name
//! category: ownership
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    name: String,
    children: Vec<Rc<RefCell<Node>>>,
}

impl Node {
    fn child_names(&self) -> Vec<String> {
        let mut out = Vec::new();
        for child in &self.children {
            out.push(child.borrow().name);
        }
        out
    }
}

fn main() {
    let leaf = Rc::new(RefCell::new(Node { name: "leaf".into(), children: vec![] }));
    let root = Node { name: "root".into(), children: vec![leaf] };
    println!("{} {:?}", root.name, root.child_names());
}
