use comprehensions::comp;

fn main() {
    let xs = vec![(1, 2), (3, 4)];
    let _ = comp![a + b for p in xs if ((a, b) := p).0 > 0];
}
