//! mistake: formatted a generic field with `{}` in a method of `impl<T> Table<T>` that has no `Display` bound
//! offending: , c)
//! category: type
struct Table<T> {
    cells: Vec<T>,
}

impl<T> Table<T> {
    fn render(&self) -> Vec<String> {
        self.cells.iter().map(|c| format!("{:>8}", c)).collect()
    }
}

fn main() {
    let t = Table { cells: vec![1.5, 2.25] };
    println!("{}", t.render().join("|"));
}
