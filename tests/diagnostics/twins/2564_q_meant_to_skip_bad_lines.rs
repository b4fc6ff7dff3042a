//! mistake: used `?` hoping to skip unparsable log lines, collecting into a plain `Vec`
//! offending: ?
//! category: try
#[derive(Debug)]
struct ConnLog {
    src: String,
    port: u16,
}

fn parse_conn(line: &str) -> Result<ConnLog, String> {
    let (src, port) = line.split_once(':').ok_or_else(|| format!("no port in {line:?}"))?;
    let port = port.trim().parse::<u16>().map_err(|e| e.to_string())?;
    Ok(ConnLog { src: src.to_string(), port })
}

fn main() {
    let raw = "203.0.113.4:22\ngarbage line\n10.0.0.5:443";
    let mut conns: Vec<ConnLog> = Vec::new();
    for line in raw.lines() {
        conns.push(parse_conn(line)?);
    }
    println!("{conns:?}");
}
