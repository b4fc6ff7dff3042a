use comprehensions::comp;

fn main() {
    let temps = [35, 20];
    let _ = comp![("hot" if else "ok") for t in temps];
}
