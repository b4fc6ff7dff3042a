//! mistake: Python's `for name, age in self.members` unpacking kept in full though only `name` is used (unused variable `age`)
//! offending: age
//! category: lint
use comprehensions::comp;

struct Club {
    members: Vec<(String, u32)>,
}

impl Club {
    fn names(&self) -> Vec<String> {
        comp![name.clone() for (name, age) in &self.members]
    }
}

fn main() {
    let c = Club { members: vec![("ann".into(), 30)] };
    println!("{:?}", c.names());
}
