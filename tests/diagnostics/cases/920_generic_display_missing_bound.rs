//! mistake: formatted a generic field with `{}` in a method of `impl<T> Table<T>` that has no `Display` bound
//! offending: , c)
//! category: type
use comprehensions::comp;

struct Table<T> {
    cells: Vec<T>,
}

impl<T> Table<T> {
    fn render(&self) -> Vec<String> {
        comp![format!("{:>8}", c) for c in &self.cells]
    }
}

fn main() {
    let t = Table { cells: vec![1.5, 2.25] };
    println!("{}", t.render().join("|"));
}
