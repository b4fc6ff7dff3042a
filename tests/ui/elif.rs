use comprehensions::comp;

fn main() {
    let xs = vec![-1, 0, 1];
    let _ = comp![1 if x > 0 elif x < 0 else 0 for x in xs];
}
