//! mistake: the walrus rebinds the loop variable to its trimmed self, `(name := name.trim())`
//! offending: name := name.trim()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let names = vec![" ann ", "bob", "  "];
    let cleaned = comp![name for name in &names if (name := name.trim()).len() > 0];
    println!("{cleaned:?}");
}
