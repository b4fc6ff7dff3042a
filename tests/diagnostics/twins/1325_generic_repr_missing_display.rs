//! mistake: a generic `Stack<T>`'s `__repr__` chain formats each item with `{}` but `T` has no `Display` bound
//! offending: item
//! category: type
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn repr(&self) -> String {
        format!("Stack({})", self.items.iter().map(|item| format!("{}", item)).collect::<Vec<_>>().join(", "))
    }
}

fn main() {
    let s = Stack { items: vec![1, 2, 3] };
    println!("{}", s.repr());
}
