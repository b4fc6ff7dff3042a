//! mistake: copies the names out of a borrowed list with `*s`, which would move each String out from behind the reference
//! offending: *s
//! category: ownership

fn main() {
    let names = vec![String::from("ann"), String::from("bob"), String::new()];
    let mut copy: Vec<String> = Vec::new();
    for s in &names {
        if !s.is_empty() {
            copy.push(*s);
        }
    }
    println!("{copy:?} from {names:?}");
}
