//! mistake: a walrus in an inner `for`'s iterable to keep the split words for the element (a SyntaxError in Python too)
//! offending: (ws := line.split(' ').collect::<Vec<_>>())
//! category: syntax
use comprehensions::comp;

fn main() {
    let lines = vec!["a b c", "d e"];
    // Python (rejected there too): [(w, len(ws)) for line in lines for w in (ws := line.split())]
    let pairs = comp![(w, ws.len()) for line in &lines for w in (ws := line.split(' ').collect::<Vec<_>>())];
    println!("{pairs:?}");
}
