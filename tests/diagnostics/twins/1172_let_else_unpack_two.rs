//! mistake: `let [key, value] = <collected Vec> else`: a `Vec` is not an array pattern's scrutinee
//! offending: [key, value]
//! category: python-habit

fn main() {
    let line = "width = 80";
    let [key, value] = line.split('=').map(|p| p.trim()).collect::<Vec<_>>() else {
        panic!("bad line: {line}");
    };
    println!("{key} -> {value}");
}
