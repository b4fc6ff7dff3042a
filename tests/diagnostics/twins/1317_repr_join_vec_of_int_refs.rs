//! mistake: `__repr__`'s join ported as `.join(", ")` on a collected `Vec<&i32>` (no conversion to strings)
//! offending: join
//! category: python-habit
struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn repr(&self) -> String {
        format!("Stack([{}])", self.items.iter().collect::<Vec<_>>().join(", "))
    }
}

fn main() {
    let s = Stack { items: vec![1, 2, 3] };
    println!("{}", s.repr());
}
