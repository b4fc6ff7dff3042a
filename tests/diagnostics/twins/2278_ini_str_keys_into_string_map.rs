//! mistake: built a `HashMap<String, String>` of INI settings from borrowed `&str` keys and values
//! offending: k.trim()
//! category: type
use std::collections::HashMap;

fn main() {
    let ini = "[database]\nhost = db01.internal\nport = 5432\nuser = app\n";
    let mut settings: HashMap<String, String> = HashMap::new();
    for line in ini.lines() {
        if let Some((k, v)) = line.split_once('=') {
            settings.insert(k.trim(), v.trim());
        }
    }
    println!("{:?}", settings.get("port"));
}
