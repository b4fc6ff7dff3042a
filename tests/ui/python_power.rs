use comprehensions::comp;

fn main() {
    let xs = [1u32, 2, 3];
    // Python: [x ** 2 for x in xs]
    let _ = comp![x ** 2 for x in xs];
    // Rust's product with a dereference is spaced, and fine.
    let _ = comp![x * *y for (x, y) in [(2u32, &3u32)]];
}
