// `not in` a tuple literal says the array and the `!`; a walrus on the
// right of `&&` is one error, its name still bound for the element.
use comprehensions::comp;

fn main() {
    let files = vec!["a.jpg", "b.txt"];
    let _ = comp![f for f in &files if *f not in ("a.jpg", "c.png")];
    let xs = vec![-3, 4, 10];
    let _ = comp![r for x in &xs if *x > 0 && (r := (*x as f64).sqrt()) > 1.5];
}
