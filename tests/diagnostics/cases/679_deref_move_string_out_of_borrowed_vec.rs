//! mistake: copies the names out of a borrowed list with `*s`, which would move each String out from behind the reference
//! offending: *s
//! category: ownership
use comprehensions::comp;

fn main() {
    let names = vec![String::from("ann"), String::from("bob"), String::new()];
    let copy: Vec<String> = comp![*s for s in &names if !s.is_empty()];
    println!("{copy:?} from {names:?}");
}
