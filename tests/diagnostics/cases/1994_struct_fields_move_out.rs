//! mistake: iterated a borrowed record's `String` fields as `[r.host, r.user, r.shell]`, moving them out from behind `&Record` (Python's `for f in (r.host, r.user, r.shell)` shares them)
//! offending: r.host
//! category: ownership
use comprehensions::comp;

struct Record {
    host: String,
    user: String,
    shell: String,
}

fn upper_fields(r: &Record) -> Vec<String> {
    comp![f.to_uppercase() for f in [r.host, r.user, r.shell]]
}

fn main() {
    let r = Record { host: "web01".into(), user: "ann".into(), shell: "zsh".into() };
    println!("{:?}", upper_fields(&r));
}
