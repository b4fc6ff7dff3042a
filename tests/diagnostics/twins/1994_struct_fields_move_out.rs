//! mistake: iterated a borrowed record's `String` fields as `[r.host, r.user, r.shell]`, moving them out from behind `&Record` (Python's `for f in (r.host, r.user, r.shell)` shares them)
//! offending: r.host
//! category: ownership
struct Record {
    host: String,
    user: String,
    shell: String,
}

fn upper_fields(r: &Record) -> Vec<String> {
    let mut out = Vec::new();
    for f in [r.host, r.user, r.shell] {
        out.push(f.to_uppercase());
    }
    out
}

fn main() {
    let r = Record { host: "web01".into(), user: "ann".into(), shell: "zsh".into() };
    println!("{:?}", upper_fields(&r));
}
