//! mistake: a generic `Stack<T>`'s `__repr__` formats each item with `{}` but `T` has no `Display` bound
//! offending: item
//! category: type
use comprehensions::comp;

struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn repr(&self) -> String {
        format!("Stack({})", comp![format!("{}", item) for item in &self.items].join(", "))
    }
}

fn main() {
    let s = Stack { items: vec![1, 2, 3] };
    println!("{}", s.repr());
}
