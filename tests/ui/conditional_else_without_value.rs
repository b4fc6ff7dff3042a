use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3];
    let _ = comp![x if x > 1 else for x in xs];
}
