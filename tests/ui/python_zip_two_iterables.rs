use comprehensions::comp;

fn main() {
    let names = vec!["ana", "bo"];
    let ages = vec![31, 42];
    let _ = comp![format!("{n}: {a}") for n, a in names, ages];
}
