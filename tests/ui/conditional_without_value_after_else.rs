use comprehensions::comp;

fn main() {
    let temps = [35, 20];
    let _ = comp![("hot" if t > 30 else) for t in temps];
}
