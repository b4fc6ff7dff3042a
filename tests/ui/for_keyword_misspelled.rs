use comprehensions::comp;

fn main() {
    let prices = vec![3, 4];
    let _ = comp![p * 2 fro p in &prices];
}
