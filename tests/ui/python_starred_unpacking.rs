use comprehensions::comp;

fn main() {
    let rows = vec![vec![1, 2, 3], vec![4, 5]];
    let _ = comp![head for head, *tail in &rows];
}
