//! Concurrent requests lose no writes: forty clients create organizations
//! at once (Trieve), and every one is answered and stored, each name once;
//! twenty more race for one name, and exactly one wins.

mod common;

use common::{Server, curl, database};

#[test]
fn concurrent_creates_are_all_kept_and_names_stay_unique() {
    let db = database("concurrency");
    let server = Server::start(&db);
    let key = server.key("Trieve");
    let url = format!("{}/api/organization", server.base);

    let statuses: Vec<u16> = std::thread::scope(|scope| {
        let clients: Vec<_> = (0..40)
            .map(|i| {
                let (url, key) = (&url, &key);
                scope.spawn(move || {
                    let body = format!(r#"{{"name": "org-{i}"}}"#);
                    curl("POST", url, &[("Authorization", key.as_str())], Some(&body)).status
                })
            })
            .collect();
        clients.into_iter().map(|c| c.join().expect("a client")).collect()
    });
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");

    let racing: Vec<u16> = std::thread::scope(|scope| {
        let clients: Vec<_> = (0..20)
            .map(|_| {
                let (url, key) = (&url, &key);
                scope.spawn(move || curl("POST", url, &[("Authorization", key.as_str())], Some(r#"{"name": "contested"}"#)).status)
            })
            .collect();
        clients.into_iter().map(|c| c.join().expect("a client")).collect()
    });
    assert_eq!(racing.iter().filter(|s| **s == 200).count(), 1, "{racing:?}");
    assert!(racing.iter().all(|s| *s == 200 || *s == 400), "the others are refused as the API declares: {racing:?}");

    let connection = rusqlite::Connection::open(&db).expect("the database");
    let stored: i64 =
        connection.query_row("SELECT COUNT(*) FROM trieve_organizations WHERE name LIKE 'org-%'", [], |row| row.get(0)).expect("a count");
    assert_eq!(stored, 40);
    let contested: i64 =
        connection.query_row("SELECT COUNT(*) FROM trieve_organizations WHERE name = 'contested'", [], |row| row.get(0)).expect("a count");
    assert_eq!(contested, 1);
    server.stop();
}
