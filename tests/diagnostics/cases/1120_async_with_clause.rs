//! mistake: writes Python's `async with .. as` as a clause of the comprehension to hold a connection per item
//! offending: async with
//! category: python-habit
use comprehensions::acomp;

struct Conn;

impl Conn {
    async fn query(&self, sql: &str) -> usize {
        sql.len()
    }
}

async fn connect(dsn: &str) -> Conn {
    let _ = dsn;
    Conn
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let tables = vec!["users", "orders"];
    let counts = acomp![c.query(&format!("select count(*) from {t}")).await for t in &tables async with connect("db") as c];
    println!("{counts:?}");
}
