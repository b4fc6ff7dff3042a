//! mistake: `[c.name for c in self.children]` over `Rc<RefCell<Node>>` children moves the `String` out of the `Ref` guard
//! offending: child.borrow().name
//! category: ownership
use comprehensions::comp;
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    name: String,
    children: Vec<Rc<RefCell<Node>>>,
}

impl Node {
    fn child_names(&self) -> Vec<String> {
        comp![child.borrow().name for child in &self.children]
    }
}

fn main() {
    let leaf = Rc::new(RefCell::new(Node { name: "leaf".into(), children: vec![] }));
    let root = Node { name: "root".into(), children: vec![leaf] };
    println!("{} {:?}", root.name, root.child_names());
}
