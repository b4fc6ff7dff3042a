use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3];
    let _ = comp![y for x in &xs y = x * 2 if y > 2];
}
