use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3];
    let _ = comp![(y := x * 2) if x > 1 else 0 for x in xs];
}
