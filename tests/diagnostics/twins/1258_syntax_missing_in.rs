//! mistake: `for t &self.tasks`: the `in` of the `for` loop left out while typing
//! offending: &self.tasks
//! category: syntax

struct Task {
    id: u32,
    done: bool,
}

struct Board {
    tasks: Vec<Task>,
}

impl Board {
    fn done_ids(&self) -> Vec<u32> {
        let mut out = Vec::new();
        for t &self.tasks {
            if t.done {
                out.push(t.id);
            }
        }
        out
    }
}

fn main() {
    let b = Board { tasks: vec![Task { id: 1, done: true }] };
    println!("{:?}", b.done_ids());
}
