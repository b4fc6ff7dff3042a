//! mistake: a walrus on the right of `&&`, as Python allows after `and`, where it would not always run
//! offending: r := (*x as f64).sqrt()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let xs = vec![-3, 4, 10];
    let roots = comp![r for x in &xs if *x > 0 && (r := (*x as f64).sqrt()) > 1.5];
    println!("{roots:?}");
}
