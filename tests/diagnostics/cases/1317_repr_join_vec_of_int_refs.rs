//! mistake: `__repr__`'s `", ".join(str(x) for x in self.items)` ported as `.join(", ")` on a list of `&i32` (no conversion to strings)
//! offending: join
//! category: python-habit
use comprehensions::comp;

struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn repr(&self) -> String {
        format!("Stack([{}])", comp![x for x in &self.items].join(", "))
    }
}

fn main() {
    let s = Stack { items: vec![1, 2, 3] };
    println!("{}", s.repr());
}
