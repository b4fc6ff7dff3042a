//! mistake: `for t &self.tasks`: the `in` of the `for` clause left out while typing
//! offending: &self.tasks
//! category: syntax
use comprehensions::comp;

struct Task {
    id: u32,
    done: bool,
}

struct Board {
    tasks: Vec<Task>,
}

impl Board {
    fn done_ids(&self) -> Vec<u32> {
        comp![t.id for t &self.tasks if t.done]
    }
}

fn main() {
    let b = Board { tasks: vec![Task { id: 1, done: true }] };
    println!("{:?}", b.done_ids());
}
