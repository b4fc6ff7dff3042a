//! mistake: returned a lazy iterator over a record's borrowed fields from `&self` as `impl Iterator<Item = String>` without the `+ '_` that says it borrows `self`
//! offending: impl Iterator<Item = String>
//! category: ownership
struct Account {
    host: String,
    user: String,
    shell: String,
}

impl Account {
    fn fields(&self) -> impl Iterator<Item = String> {
        [&self.host, &self.user, &self.shell].into_iter().map(|f| f.to_uppercase())
    }
}

fn main() {
    let a = Account { host: "web01".into(), user: "ann".into(), shell: "zsh".into() };
    for f in a.fields() {
        println!("{f}");
    }
}
