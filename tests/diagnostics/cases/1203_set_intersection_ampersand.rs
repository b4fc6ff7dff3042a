//! mistake: Python's `{..} & {..}` set intersection between two set comprehensions: `&` is implemented for `&HashSet`, not for the sets by value
//! offending:  & 
//! category: python-habit
use comprehensions::comp;

fn main() {
    let a = "the cat sat";
    let b = "the dog sat down";
    let common = comp!({w for w in a.split(' ')}) & comp!({w for w in b.split(' ')});
    println!("{common:?}");
}
