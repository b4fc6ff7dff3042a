use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3];
    // Python: [x * 2 for x in xs[::-1]]
    let _ = comp![x * 2 for x in xs[::-1]];
}
